//! `DescribeDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDisks>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDisks",
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
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Portable",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteWithInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteAutoSnapshot",
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
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoSnapshotPolicyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableAutoSnapshot",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableAutomatedSnapshotPolicy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LockReason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableShared",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Encrypted",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KMSKeyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MultiAttach",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AdditionalAttributes",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_disks`](crate::Client::describe_disks) (`DescribeDisks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisksRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DiskIds` (query).
    ///
    /// Example: `["d-bp67acfmxazb4p****", "d-bp67acfmxazb4g****", … "d-bp67acfmxazb4d****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "DiskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_ids: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp67acfmxazb4q****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `DiskType` (query).
    ///
    /// Example: `all`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::std::string::String>,
    /// `Category` (query).
    ///
    /// Example: `all`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `All`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `SnapshotId` (query).
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `Portable` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Portable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub portable: ::std::option::Option<bool>,
    /// `DeleteWithInstance` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `DeleteAutoSnapshot` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteAutoSnapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_auto_snapshot: ::std::option::Option<bool>,
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
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 500.
    ///
    /// Example: `50`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `DiskName` (query).
    ///
    /// Example: `testDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `AutoSnapshotPolicyId` (query).
    ///
    /// Example: `sp-m5e2w2jutw8bv31****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `EnableAutoSnapshot` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "EnableAutoSnapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_auto_snapshot: ::std::option::Option<bool>,
    /// `EnableAutomatedSnapshotPolicy` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableAutomatedSnapshotPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_automated_snapshot_policy: ::std::option::Option<bool>,
    /// `DiskChargeType` (query).
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "DiskChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_charge_type: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    ///
    /// Example: `recycling`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Key` (query).
    ///
    /// Example: `CreationStartTime`.
    #[serde(
        rename = "Filter.1.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_key: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Key` (query).
    ///
    /// Example: `CreationEndTime`.
    #[serde(
        rename = "Filter.2.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_key: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Value` (query).
    ///
    /// Example: `2017-12-05T22:40Z`.
    #[serde(
        rename = "Filter.1.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_value: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Value` (query).
    ///
    /// Example: `2017-12-06T22:40Z`.
    #[serde(
        rename = "Filter.2.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_value: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `EnableShared` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_shared: ::std::option::Option<bool>,
    /// `Encrypted` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `KMSKeyId` (query).
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `MultiAttach` (query).
    ///
    /// Example: `Disabled`.
    #[serde(
        rename = "MultiAttach",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attach: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `AdditionalAttributes` (query, sent as `AdditionalAttributes.1`, `AdditionalAttributes.2`, …).
    ///
    /// At most 5 items.
    ///
    /// Example: `IOPS`.
    #[serde(
        rename = "AdditionalAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_attributes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeDisksRequest {
    /// A `DescribeDisksRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            disk_ids: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            disk_type: ::std::option::Option::None,
            category: ::std::option::Option::None,
            status: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            portable: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
            delete_auto_snapshot: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            auto_snapshot_policy_id: ::std::option::Option::None,
            enable_auto_snapshot: ::std::option::Option::None,
            enable_automated_snapshot_policy: ::std::option::Option::None,
            disk_charge_type: ::std::option::Option::None,
            lock_reason: ::std::option::Option::None,
            filter_1_key: ::std::option::Option::None,
            filter_2_key: ::std::option::Option::None,
            filter_1_value: ::std::option::Option::None,
            filter_2_value: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            enable_shared: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            multi_attach: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            additional_attributes: ::std::option::Option::None,
        }
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskIds`.
    pub fn disk_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskType`.
    pub fn disk_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Portable`.
    pub fn portable(mut self, value: bool) -> Self {
        self.portable = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeleteAutoSnapshot`.
    pub fn delete_auto_snapshot(mut self, value: bool) -> Self {
        self.delete_auto_snapshot = ::std::option::Option::Some(value);
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

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoSnapshotPolicyId`.
    pub fn auto_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EnableAutoSnapshot`.
    pub fn enable_auto_snapshot(mut self, value: bool) -> Self {
        self.enable_auto_snapshot = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EnableAutomatedSnapshotPolicy`.
    pub fn enable_automated_snapshot_policy(mut self, value: bool) -> Self {
        self.enable_automated_snapshot_policy = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskChargeType`.
    pub fn disk_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LockReason`.
    pub fn lock_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.lock_reason = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Key`.
    pub fn filter_1_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_1_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Key`.
    pub fn filter_2_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_2_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Value`.
    pub fn filter_1_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_1_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Value`.
    pub fn filter_2_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_2_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EnableShared`.
    pub fn enable_shared(mut self, value: bool) -> Self {
        self.enable_shared = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KMSKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MultiAttach`.
    pub fn multi_attach(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.multi_attach = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AdditionalAttributes`.
    pub fn additional_attributes(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.additional_attributes = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeDisksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisksRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("disk_ids", d::opt(&self.disk_ids)),
                ("instance_id", d::opt(&self.instance_id)),
                ("disk_type", d::opt(&self.disk_type)),
                ("category", d::opt(&self.category)),
                ("status", d::opt(&self.status)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("portable", d::opt(&self.portable)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("delete_auto_snapshot", d::opt(&self.delete_auto_snapshot)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("disk_name", d::opt(&self.disk_name)),
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
                ("enable_auto_snapshot", d::opt(&self.enable_auto_snapshot)),
                (
                    "enable_automated_snapshot_policy",
                    d::opt(&self.enable_automated_snapshot_policy),
                ),
                ("disk_charge_type", d::opt(&self.disk_charge_type)),
                ("lock_reason", d::opt(&self.lock_reason)),
                ("filter_1_key", d::opt(&self.filter_1_key)),
                ("filter_2_key", d::opt(&self.filter_2_key)),
                ("filter_1_value", d::opt(&self.filter_1_value)),
                ("filter_2_value", d::opt(&self.filter_2_value)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("enable_shared", d::opt(&self.enable_shared)),
                ("encrypted", d::opt(&self.encrypted)),
                ("dry_run", d::opt(&self.dry_run)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("multi_attach", d::opt(&self.multi_attach)),
                ("tag", d::opt(&self.tag)),
                ("additional_attributes", d::opt(&self.additional_attributes)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ZoneId",
            "DiskIds",
            "InstanceId",
            "DiskType",
            "Category",
            "Status",
            "SnapshotId",
            "Portable",
            "DeleteWithInstance",
            "DeleteAutoSnapshot",
            "PageNumber",
            "PageSize",
            "NextToken",
            "MaxResults",
            "DiskName",
            "AutoSnapshotPolicyId",
            "EnableAutoSnapshot",
            "EnableAutomatedSnapshotPolicy",
            "DiskChargeType",
            "LockReason",
            "Filter.1.Key",
            "Filter.2.Key",
            "Filter.1.Value",
            "Filter.2.Value",
            "ResourceGroupId",
            "EnableShared",
            "Encrypted",
            "DryRun",
            "KMSKeyId",
            "MultiAttach",
            "Tag",
            "AdditionalAttributes",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 34] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_portable: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_delete_with_instance: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_delete_auto_snapshot: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_disk_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_snapshot_policy_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_enable_auto_snapshot: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_enable_automated_snapshot_policy: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_disk_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_lock_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_1_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_2_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_1_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_2_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_enable_shared: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_encrypted: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_kms_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_multi_attach: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_additional_attributes: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_zone_id = r.decode()?,
                2 => m_disk_ids = r.decode()?,
                3 => m_instance_id = r.decode()?,
                4 => m_disk_type = r.decode()?,
                5 => m_category = r.decode()?,
                6 => m_status = r.decode()?,
                7 => m_snapshot_id = r.decode()?,
                8 => m_portable = r.decode()?,
                9 => m_delete_with_instance = r.decode()?,
                10 => m_delete_auto_snapshot = r.decode()?,
                11 => m_page_number = r.decode()?,
                12 => m_page_size = r.decode()?,
                13 => m_next_token = r.decode()?,
                14 => m_max_results = r.decode()?,
                15 => m_disk_name = r.decode()?,
                16 => m_auto_snapshot_policy_id = r.decode()?,
                17 => m_enable_auto_snapshot = r.decode()?,
                18 => m_enable_automated_snapshot_policy = r.decode()?,
                19 => m_disk_charge_type = r.decode()?,
                20 => m_lock_reason = r.decode()?,
                21 => m_filter_1_key = r.decode()?,
                22 => m_filter_2_key = r.decode()?,
                23 => m_filter_1_value = r.decode()?,
                24 => m_filter_2_value = r.decode()?,
                25 => m_resource_group_id = r.decode()?,
                26 => m_enable_shared = r.decode()?,
                27 => m_encrypted = r.decode()?,
                28 => m_dry_run = r.decode()?,
                29 => m_kms_key_id = r.decode()?,
                30 => m_multi_attach = r.decode()?,
                31 => m_tag = r.decode()?,
                32 => m_additional_attributes = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDisksRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            disk_ids: m_disk_ids,
            instance_id: m_instance_id,
            disk_type: m_disk_type,
            category: m_category,
            status: m_status,
            snapshot_id: m_snapshot_id,
            portable: m_portable,
            delete_with_instance: m_delete_with_instance,
            delete_auto_snapshot: m_delete_auto_snapshot,
            page_number: m_page_number,
            page_size: m_page_size,
            next_token: m_next_token,
            max_results: m_max_results,
            disk_name: m_disk_name,
            auto_snapshot_policy_id: m_auto_snapshot_policy_id,
            enable_auto_snapshot: m_enable_auto_snapshot,
            enable_automated_snapshot_policy: m_enable_automated_snapshot_policy,
            disk_charge_type: m_disk_charge_type,
            lock_reason: m_lock_reason,
            filter_1_key: m_filter_1_key,
            filter_2_key: m_filter_2_key,
            filter_1_value: m_filter_1_value,
            filter_2_value: m_filter_2_value,
            resource_group_id: m_resource_group_id,
            enable_shared: m_enable_shared,
            encrypted: m_encrypted,
            dry_run: m_dry_run,
            kms_key_id: m_kms_key_id,
            multi_attach: m_multi_attach,
            tag: m_tag,
            additional_attributes: m_additional_attributes,
        })
    }
}

/// The `Disks.Disk.Attachments.Attachment` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Attachment {
    /// `AttachedTime`.
    ///
    /// Example: `2021-06-07T06:08:56Z`.
    #[serde(
        rename = "AttachedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attached_time: ::std::option::Option<::yun_core::Text>,
    /// `Device`.
    ///
    /// Example: `/dev/xvda`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4q****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Attachment",
            &[
                ("attached_time", d::opt(&self.attached_time)),
                ("device", d::opt(&self.device)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Attachment {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AttachedTime", "Device", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Attachment::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attached_time = r.decode()?,
                1 => out.device = r.decode()?,
                2 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disks.Disk.Attachments` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Attachments {
    /// `Attachment`.
    #[serde(
        rename = "Attachment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachment: ::std::option::Option<::std::vec::Vec<Attachment>>,
}

impl ::std::fmt::Debug for Attachments {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Attachments",
            &[("attachment", d::opt(&self.attachment))],
        )
    }
}

impl ::yun_core::json::Decode for Attachments {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Attachment"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Attachments::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attachment = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disks.Disk.MountInstances.MountInstance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MountInstance {
    /// `AttachedTime`.
    ///
    /// Example: `2017-12-05T2340:00Z`.
    #[serde(
        rename = "AttachedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attached_time: ::std::option::Option<::yun_core::Text>,
    /// `Device`.
    ///
    /// Example: `/dev/xvda`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1j4i2jdf3owlhe****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for MountInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MountInstance",
            &[
                ("attached_time", d::opt(&self.attached_time)),
                ("device", d::opt(&self.device)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for MountInstance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AttachedTime", "Device", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = MountInstance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attached_time = r.decode()?,
                1 => out.device = r.decode()?,
                2 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disks.Disk.MountInstances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MountInstances {
    /// `MountInstance`.
    #[serde(
        rename = "MountInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_instance: ::std::option::Option<::std::vec::Vec<MountInstance>>,
}

impl ::std::fmt::Debug for MountInstances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MountInstances",
            &[("mount_instance", d::opt(&self.mount_instance))],
        )
    }
}

impl ::yun_core::json::Decode for MountInstances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MountInstance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MountInstances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.mount_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disks.Disk.Placement` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Placement {
    /// `ZoneIds`.
    #[serde(
        rename = "ZoneIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_ids: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Placement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Placement", &[("zone_ids", d::opt(&self.zone_ids))])
    }
}

impl ::yun_core::json::Decode for Placement {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ZoneIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Placement::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.zone_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disks.Disk` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseDisk {
    /// `AttachedTime`.
    ///
    /// Example: `2021-06-07T06:08:56Z`.
    #[serde(
        rename = "AttachedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attached_time: ::std::option::Option<::yun_core::Text>,
    /// `Attachments`.
    #[serde(
        rename = "Attachments",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachments: ::std::option::Option<Attachments>,
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-bp67acfmxazb4p****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::yun_core::Text>,
    /// `BdfId`.
    #[serde(
        rename = "BdfId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bdf_id: ::std::option::Option<::yun_core::Text>,
    /// `BurstingEnabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bursting_enabled: ::std::option::Option<bool>,
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
    /// Example: `2021-06-07T06:08:54Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeleteAutoSnapshot`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteAutoSnapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_auto_snapshot: ::std::option::Option<bool>,
    /// `DeleteWithInstance`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `DetachedTime`.
    ///
    /// Example: `2021-06-07T21:01:22Z`.
    #[serde(
        rename = "DetachedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detached_time: ::std::option::Option<::yun_core::Text>,
    /// `Device`.
    ///
    /// Example: `/dev/xvdb`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `DiskChargeType`.
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "DiskChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    ///
    /// Example: `d-bp18um4r4f2fve24****`.
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
    /// `EnableAutoSnapshot`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableAutoSnapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_auto_snapshot: ::std::option::Option<bool>,
    /// `EnableAutomatedSnapshotPolicy`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableAutomatedSnapshotPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_automated_snapshot_policy: ::std::option::Option<bool>,
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `ExpiredTime`.
    ///
    /// Example: `2021-07-07T16:00Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `IOPS`.
    ///
    /// Example: `4000`.
    #[serde(
        rename = "IOPS",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops: ::std::option::Option<i64>,
    /// `IOPSRead`.
    ///
    /// Example: `2000`.
    #[serde(
        rename = "IOPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_read: ::std::option::Option<i64>,
    /// `IOPSWrite`.
    ///
    /// Example: `2000`.
    #[serde(
        rename = "IOPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_write: ::std::option::Option<i64>,
    /// `ImageId`.
    ///
    /// Example: `m-bp13aqm171qynt3u***`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4q****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `KMSKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb408***`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::yun_core::Text>,
    /// `MountInstanceNum`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "MountInstanceNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_instance_num: ::std::option::Option<i64>,
    /// `MountInstances`.
    #[serde(
        rename = "MountInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_instances: ::std::option::Option<MountInstances>,
    /// `MultiAttach`.
    ///
    /// Example: `Disabled`.
    #[serde(
        rename = "MultiAttach",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attach: ::std::option::Option<::yun_core::Text>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<crate::models::OperationLocks>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL0`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::yun_core::Text>,
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<Placement>,
    /// `Portable`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Portable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub portable: ::std::option::Option<bool>,
    /// `ProductCode`.
    ///
    /// Example: `jxsc000204`.
    #[serde(
        rename = "ProductCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::yun_core::Text>,
    /// `ProvisionedIops`.
    ///
    /// Example: `40000`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SerialNumber`.
    ///
    /// Example: `bp18um4r4f2fve2****`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::yun_core::Text>,
    /// `Size`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
    /// `SourceSnapshotId`.
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(
        rename = "SourceSnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `In_use`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StorageClusterId`.
    ///
    /// Example: `dbsc-j5e1sf2vaf5he8m2****`.
    #[serde(
        rename = "StorageClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSetId`.
    ///
    /// Example: `ss-i-bp1j4i2jdf3owlhe****`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSetPartitionNumber`.
    ///
    /// Example: `11`.
    #[serde(
        rename = "StorageSetPartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_partition_number: ::std::option::Option<i64>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `Throughput`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "Throughput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throughput: ::std::option::Option<i64>,
    /// `ThroughputRead`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "ThroughputRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throughput_read: ::std::option::Option<i64>,
    /// `ThroughputWrite`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "ThroughputWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throughput_write: ::std::option::Option<i64>,
    /// `Type`.
    ///
    /// Example: `system`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-i`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ResponseDisk {
    /// The items of `Attachments` (through its wrapper), empty when absent.
    pub fn attachments(&self) -> &[Attachment] {
        self.attachments
            .as_ref()
            .and_then(|w| w.attachment.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `MountInstances` (through its wrapper), empty when absent.
    pub fn mount_instances(&self) -> &[MountInstance] {
        self.mount_instances
            .as_ref()
            .and_then(|w| w.mount_instance.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `OperationLocks` (through its wrapper), empty when absent.
    pub fn operation_locks(&self) -> &[crate::models::OperationLock] {
        self.operation_locks
            .as_ref()
            .and_then(|w| w.operation_lock.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ResponseDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseDisk",
            &[
                ("attached_time", d::opt(&self.attached_time)),
                ("attachments", d::opt(&self.attachments)),
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
                ("bdf_id", d::opt(&self.bdf_id)),
                ("bursting_enabled", d::opt(&self.bursting_enabled)),
                ("category", d::opt(&self.category)),
                ("creation_time", d::opt(&self.creation_time)),
                ("delete_auto_snapshot", d::opt(&self.delete_auto_snapshot)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("description", d::opt(&self.description)),
                ("detached_time", d::opt(&self.detached_time)),
                ("device", d::opt(&self.device)),
                ("disk_charge_type", d::opt(&self.disk_charge_type)),
                ("disk_id", d::opt(&self.disk_id)),
                ("disk_name", d::opt(&self.disk_name)),
                ("enable_auto_snapshot", d::opt(&self.enable_auto_snapshot)),
                (
                    "enable_automated_snapshot_policy",
                    d::opt(&self.enable_automated_snapshot_policy),
                ),
                ("encrypted", d::opt(&self.encrypted)),
                ("expired_time", d::opt(&self.expired_time)),
                ("iops", d::opt(&self.iops)),
                ("iops_read", d::opt(&self.iops_read)),
                ("iops_write", d::opt(&self.iops_write)),
                ("image_id", d::opt(&self.image_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("mount_instance_num", d::opt(&self.mount_instance_num)),
                ("mount_instances", d::opt(&self.mount_instances)),
                ("multi_attach", d::opt(&self.multi_attach)),
                ("operation_locks", d::opt(&self.operation_locks)),
                ("performance_level", d::opt(&self.performance_level)),
                ("placement", d::opt(&self.placement)),
                ("portable", d::opt(&self.portable)),
                ("product_code", d::opt(&self.product_code)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
                ("region_id", d::opt(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("serial_number", d::opt(&self.serial_number)),
                ("size", d::opt(&self.size)),
                ("source_snapshot_id", d::opt(&self.source_snapshot_id)),
                ("status", d::opt(&self.status)),
                ("storage_cluster_id", d::opt(&self.storage_cluster_id)),
                ("storage_set_id", d::opt(&self.storage_set_id)),
                (
                    "storage_set_partition_number",
                    d::opt(&self.storage_set_partition_number),
                ),
                ("tags", d::opt(&self.tags)),
                ("throughput", d::opt(&self.throughput)),
                ("throughput_read", d::opt(&self.throughput_read)),
                ("throughput_write", d::opt(&self.throughput_write)),
                ("type", d::opt(&self.r#type)),
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
            "AttachedTime",
            "Attachments",
            "AutoSnapshotPolicyId",
            "BdfId",
            "BurstingEnabled",
            "Category",
            "CreationTime",
            "DeleteAutoSnapshot",
            "DeleteWithInstance",
            "Description",
            "DetachedTime",
            "Device",
            "DiskChargeType",
            "DiskId",
            "DiskName",
            "EnableAutoSnapshot",
            "EnableAutomatedSnapshotPolicy",
            "Encrypted",
            "ExpiredTime",
            "IOPS",
            "IOPSRead",
            "IOPSWrite",
            "ImageId",
            "InstanceId",
            "KMSKeyId",
            "MountInstanceNum",
            "MountInstances",
            "MultiAttach",
            "OperationLocks",
            "PerformanceLevel",
            "Placement",
            "Portable",
            "ProductCode",
            "ProvisionedIops",
            "RegionId",
            "ResourceGroupId",
            "SerialNumber",
            "Size",
            "SourceSnapshotId",
            "Status",
            "StorageClusterId",
            "StorageSetId",
            "StorageSetPartitionNumber",
            "Tags",
            "Throughput",
            "ThroughputRead",
            "ThroughputWrite",
            "Type",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 50] = ::yun_core::json::member_order();
        let mut out = ResponseDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attached_time = r.decode()?,
                1 => out.attachments = r.decode()?,
                2 => out.auto_snapshot_policy_id = r.decode()?,
                3 => out.bdf_id = r.decode()?,
                4 => out.bursting_enabled = r.decode()?,
                5 => out.category = r.decode()?,
                6 => out.creation_time = r.decode()?,
                7 => out.delete_auto_snapshot = r.decode()?,
                8 => out.delete_with_instance = r.decode()?,
                9 => out.description = r.decode()?,
                10 => out.detached_time = r.decode()?,
                11 => out.device = r.decode()?,
                12 => out.disk_charge_type = r.decode()?,
                13 => out.disk_id = r.decode()?,
                14 => out.disk_name = r.decode()?,
                15 => out.enable_auto_snapshot = r.decode()?,
                16 => out.enable_automated_snapshot_policy = r.decode()?,
                17 => out.encrypted = r.decode()?,
                18 => out.expired_time = r.decode()?,
                19 => out.iops = r.decode()?,
                20 => out.iops_read = r.decode()?,
                21 => out.iops_write = r.decode()?,
                22 => out.image_id = r.decode()?,
                23 => out.instance_id = r.decode()?,
                24 => out.kms_key_id = r.decode()?,
                25 => out.mount_instance_num = r.decode()?,
                26 => out.mount_instances = r.decode()?,
                27 => out.multi_attach = r.decode()?,
                28 => out.operation_locks = r.decode()?,
                29 => out.performance_level = r.decode()?,
                30 => out.placement = r.decode()?,
                31 => out.portable = r.decode()?,
                32 => out.product_code = r.decode()?,
                33 => out.provisioned_iops = r.decode()?,
                34 => out.region_id = r.decode()?,
                35 => out.resource_group_id = r.decode()?,
                36 => out.serial_number = r.decode()?,
                37 => out.size = r.decode()?,
                38 => out.source_snapshot_id = r.decode()?,
                39 => out.status = r.decode()?,
                40 => out.storage_cluster_id = r.decode()?,
                41 => out.storage_set_id = r.decode()?,
                42 => out.storage_set_partition_number = r.decode()?,
                43 => out.tags = r.decode()?,
                44 => out.throughput = r.decode()?,
                45 => out.throughput_read = r.decode()?,
                46 => out.throughput_write = r.decode()?,
                47 => out.r#type = r.decode()?,
                48 => out.zone_id = r.decode()?,
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

/// The response of [`Client::describe_disks`](crate::Client::describe_disks) (`DescribeDisks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisksResponse {
    /// `Disks`.
    #[serde(
        rename = "Disks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disks: ::std::option::Option<Disks>,
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
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
    /// `TotalCount`.
    ///
    /// Example: `15`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeDisksResponse {
    /// The items of `Disks` (through its wrapper), empty when absent.
    pub fn disks(&self) -> &[ResponseDisk] {
        self.disks
            .as_ref()
            .and_then(|w| w.disk.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDisksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisksResponse",
            &[
                ("disks", d::opt(&self.disks)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Disks",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeDisksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disks = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeDisksRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDisks` pages (by `NextToken`), for [`Client::describe_disks_paginator`](crate::Client::describe_disks_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDisksRequest {
    type Response = DescribeDisksResponse;
    type Item = ResponseDisk;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeDisksResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeDisksResponse) -> usize {
        page.disks
            .as_ref()
            .and_then(|x| x.disk.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDisksResponse) -> ::std::vec::Vec<ResponseDisk> {
        page.disks.and_then(|x| x.disk).unwrap_or_default()
    }
}
