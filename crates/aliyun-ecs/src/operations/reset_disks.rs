//! `ResetDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResetDisks>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ResetDisks",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Disk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The `Disk` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Disk {
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl Disk {
    /// An empty `Disk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disk_id: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
        }
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Disk {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Disk;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Disk` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Disk, A::Error> {
                let mut out = Disk::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskId" => out.disk_id = map.next_value()?,
                        "SnapshotId" => out.snapshot_id = map.next_value()?,
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

/// The request of [`Client::reset_disks`](crate::Client::reset_disks) (`ResetDisks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDisksRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Disk` (query, sent as `Disk.1`, `Disk.2`, …). Required.
    ///
    /// From 1 to 16 items.
    #[serde(rename = "Disk")]
    pub disk: ::std::vec::Vec<Disk>,
}

impl ResetDisksRequest {
    /// A `ResetDisksRequest` with its required members: `RegionId`, `Disk`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk: ::std::vec::Vec<Disk>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            dry_run: ::std::option::Option::None,
            disk,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ResetDisksRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResetDisksRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResetDisksRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResetDisksRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_disk: ::std::option::Option<::std::vec::Vec<Disk>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "Disk" => m_disk = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ResetDisksRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    dry_run: m_dry_run,
                    disk: m_disk.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Disk")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `OperationProgressSet.OperationProgress.RelatedItemSet.RelatedItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItem {
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RelatedItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RelatedItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RelatedItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RelatedItem, A::Error> {
                let mut out = RelatedItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Name" => out.name = map.next_value()?,
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

/// The `OperationProgressSet.OperationProgress.RelatedItemSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItemSet {
    /// `RelatedItem`.
    #[serde(
        rename = "RelatedItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item: ::std::option::Option<::std::vec::Vec<RelatedItem>>,
}

impl<'de> ::serde::Deserialize<'de> for RelatedItemSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RelatedItemSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RelatedItemSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RelatedItemSet, A::Error> {
                let mut out = RelatedItemSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RelatedItem" => out.related_item = map.next_value()?,
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

/// The `OperationProgressSet.OperationProgress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgress {
    /// `ErrorCode`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// `ErrorMsg`.
    #[serde(
        rename = "ErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// `OperationStatus`.
    #[serde(
        rename = "OperationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_status: ::std::option::Option<::std::string::String>,
    /// `RelatedItemSet`.
    #[serde(
        rename = "RelatedItemSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item_set: ::std::option::Option<RelatedItemSet>,
}

impl<'de> ::serde::Deserialize<'de> for OperationProgress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationProgress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationProgress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationProgress, A::Error> {
                let mut out = OperationProgress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ErrorCode" => out.error_code = map.next_value()?,
                        "ErrorMsg" => out.error_msg = map.next_value()?,
                        "OperationStatus" => out.operation_status = map.next_value()?,
                        "RelatedItemSet" => out.related_item_set = map.next_value()?,
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

/// The `OperationProgressSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgressSet {
    /// `OperationProgress`.
    #[serde(
        rename = "OperationProgress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress: ::std::option::Option<::std::vec::Vec<OperationProgress>>,
}

impl<'de> ::serde::Deserialize<'de> for OperationProgressSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationProgressSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationProgressSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationProgressSet, A::Error> {
                let mut out = OperationProgressSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OperationProgress" => out.operation_progress = map.next_value()?,
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

/// The response of [`Client::reset_disks`](crate::Client::reset_disks) (`ResetDisks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDisksResponse {
    /// `OperationProgressSet`.
    #[serde(
        rename = "OperationProgressSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress_set: ::std::option::Option<OperationProgressSet>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ResetDisksResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResetDisksResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResetDisksResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResetDisksResponse, A::Error> {
                let mut out = ResetDisksResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OperationProgressSet" => {
                            out.operation_progress_set = map.next_value()?;
                        }

                        "RequestId" => out.request_id = map.next_value()?,
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
