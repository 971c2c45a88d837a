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
        anonymous: false,
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
        nested_required: &[],
    };

/// The `Disk` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Disk {
    /// `DiskId`.
    ///
    /// Example: `d-j6cf7l0ewidb78lq****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotId`.
    ///
    /// Example: `s-j6cdofbycydvg7ey****`.
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

impl ::std::fmt::Debug for Disk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Disk",
            &[
                ("disk_id", d::opt(&self.disk_id)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Disk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskId", "SnapshotId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Disk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_id = r.decode()?,
                1 => out.snapshot_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::reset_disks`](crate::Client::reset_disks) (`ResetDisks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDisksRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
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

impl ::std::fmt::Debug for ResetDisksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetDisksRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("dry_run", d::opt(&self.dry_run)),
                ("disk", d::req(&self.disk)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResetDisksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "DryRun", "Disk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_disk: ::std::option::Option<::std::vec::Vec<Disk>> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_dry_run = r.decode()?,
                2 => m_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ResetDisksRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            dry_run: m_dry_run,
            disk: m_disk.ok_or_else(|| r.missing("Disk"))?,
        })
    }
}

/// The `OperationProgressSet.OperationProgress.RelatedItemSet.RelatedItem` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItem {
    /// `Name`.
    ///
    /// Example: `SnapshotId`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `s-j6cdofbycydvg7ey****`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RelatedItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RelatedItem",
            &[("name", d::opt(&self.name)), ("value", d::opt(&self.value))],
        )
    }
}

impl ::yun_core::json::Decode for RelatedItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Name", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RelatedItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.name = r.decode()?,
                1 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet.OperationProgress.RelatedItemSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItemSet {
    /// `RelatedItem`.
    #[serde(
        rename = "RelatedItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item: ::std::option::Option<::std::vec::Vec<RelatedItem>>,
}

impl ::std::fmt::Debug for RelatedItemSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RelatedItemSet",
            &[("related_item", d::opt(&self.related_item))],
        )
    }
}

impl ::yun_core::json::Decode for RelatedItemSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RelatedItem"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RelatedItemSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.related_item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet.OperationProgress` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgress {
    /// `ErrorCode`.
    ///
    /// Example: `400`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::yun_core::Text>,
    /// `ErrorMsg`.
    ///
    /// Example: `testErrorMsg`.
    #[serde(
        rename = "ErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_msg: ::std::option::Option<::yun_core::Text>,
    /// `OperationStatus`.
    ///
    /// Example: `Success`.
    #[serde(
        rename = "OperationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_status: ::std::option::Option<::yun_core::Text>,
    /// `RelatedItemSet`.
    #[serde(
        rename = "RelatedItemSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item_set: ::std::option::Option<RelatedItemSet>,
}

impl OperationProgress {
    /// The items of `RelatedItemSet` (through its wrapper), empty when absent.
    pub fn related_item_set(&self) -> &[RelatedItem] {
        self.related_item_set
            .as_ref()
            .and_then(|w| w.related_item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for OperationProgress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationProgress",
            &[
                ("error_code", d::opt(&self.error_code)),
                ("error_msg", d::opt(&self.error_msg)),
                ("operation_status", d::opt(&self.operation_status)),
                ("related_item_set", d::opt(&self.related_item_set)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for OperationProgress {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ErrorCode", "ErrorMsg", "OperationStatus", "RelatedItemSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = OperationProgress::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.error_code = r.decode()?,
                1 => out.error_msg = r.decode()?,
                2 => out.operation_status = r.decode()?,
                3 => out.related_item_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgressSet {
    /// `OperationProgress`.
    #[serde(
        rename = "OperationProgress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress: ::std::option::Option<::std::vec::Vec<OperationProgress>>,
}

impl ::std::fmt::Debug for OperationProgressSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationProgressSet",
            &[("operation_progress", d::opt(&self.operation_progress))],
        )
    }
}

impl ::yun_core::json::Decode for OperationProgressSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OperationProgress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = OperationProgressSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.operation_progress = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::reset_disks`](crate::Client::reset_disks) (`ResetDisks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDisksResponse {
    /// `OperationProgressSet`.
    #[serde(
        rename = "OperationProgressSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress_set: ::std::option::Option<OperationProgressSet>,
    /// `RequestId`.
    ///
    /// Example: `3D66C85C-AA97-4A00-B0ED-2D9A80FE782C`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ResetDisksResponse {
    /// The items of `OperationProgressSet` (through its wrapper), empty when absent.
    pub fn operation_progress_set(&self) -> &[OperationProgress] {
        self.operation_progress_set
            .as_ref()
            .and_then(|w| w.operation_progress.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ResetDisksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetDisksResponse",
            &[
                (
                    "operation_progress_set",
                    d::opt(&self.operation_progress_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResetDisksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OperationProgressSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ResetDisksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.operation_progress_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
