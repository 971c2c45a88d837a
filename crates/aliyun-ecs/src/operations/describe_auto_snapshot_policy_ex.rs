//! `DescribeAutoSnapshotPolicyEx`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoSnapshotPolicyEx>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAutoSnapshotPolicyEx",
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
                name: "AutoSnapshotPolicyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoSnapshotPolicyName",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
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

/// The request of [`Client::describe_auto_snapshot_policy_ex`](crate::Client::describe_auto_snapshot_policy_ex) (`DescribeAutoSnapshotPolicyEx`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoSnapshotPolicyExRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AutoSnapshotPolicyId` (query).
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `AutoSnapshotPolicyName` (query).
    #[serde(
        rename = "AutoSnapshotPolicyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_name: ::std::option::Option<::std::string::String>,
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
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl DescribeAutoSnapshotPolicyExRequest {
    /// A `DescribeAutoSnapshotPolicyExRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            auto_snapshot_policy_id: ::std::option::Option::None,
            auto_snapshot_policy_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `AutoSnapshotPolicyId`.
    pub fn auto_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoSnapshotPolicyName`.
    pub fn auto_snapshot_policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_name = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
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
}

impl<'de> ::serde::Deserialize<'de> for DescribeAutoSnapshotPolicyExRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAutoSnapshotPolicyExRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAutoSnapshotPolicyExRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAutoSnapshotPolicyExRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_snapshot_policy_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_snapshot_policy_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "AutoSnapshotPolicyId" => {
                            m_auto_snapshot_policy_id = map.next_value()?;
                        }

                        "AutoSnapshotPolicyName" => {
                            m_auto_snapshot_policy_name = map.next_value()?;
                        }

                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeAutoSnapshotPolicyExRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    auto_snapshot_policy_id: m_auto_snapshot_policy_id,
                    auto_snapshot_policy_name: m_auto_snapshot_policy_name,
                    page_number: m_page_number,
                    page_size: m_page_size,
                    tag: m_tag,
                    resource_group_id: m_resource_group_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoSnapshotPolicies.AutoSnapshotPolicy.CopyEncryptionConfiguration` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CopyEncryptionConfiguration {
    /// `Encrypted`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `KMSKeyId`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CopyEncryptionConfiguration {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CopyEncryptionConfiguration;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CopyEncryptionConfiguration` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CopyEncryptionConfiguration, A::Error> {
                let mut out = CopyEncryptionConfiguration::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Encrypted" => out.encrypted = map.next_value()?,
                        "KMSKeyId" => out.kms_key_id = map.next_value()?,
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

/// The `AutoSnapshotPolicies.AutoSnapshotPolicy.Tags.Tag` object of the response.
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

/// The `AutoSnapshotPolicies.AutoSnapshotPolicy.Tags` object of the response.
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

/// The `AutoSnapshotPolicies.AutoSnapshotPolicy` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoSnapshotPolicy {
    /// `AutoSnapshotPolicyId`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `AutoSnapshotPolicyName`.
    #[serde(
        rename = "AutoSnapshotPolicyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_name: ::std::option::Option<::std::string::String>,
    /// `CopiedSnapshotsRetentionDays`.
    #[serde(
        rename = "CopiedSnapshotsRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copied_snapshots_retention_days: ::std::option::Option<i64>,
    /// `CopyEncryptionConfiguration`.
    #[serde(
        rename = "CopyEncryptionConfiguration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copy_encryption_configuration: ::std::option::Option<CopyEncryptionConfiguration>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `DiskNums`.
    #[serde(
        rename = "DiskNums",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_nums: ::std::option::Option<i64>,
    /// `EnableCrossRegionCopy`.
    #[serde(
        rename = "EnableCrossRegionCopy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_cross_region_copy: ::std::option::Option<bool>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RepeatWeekdays`.
    #[serde(
        rename = "RepeatWeekdays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repeat_weekdays: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `RetentionDays`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
    /// `TargetCopyRegions`.
    #[serde(
        rename = "TargetCopyRegions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_copy_regions: ::std::option::Option<::std::string::String>,
    /// `TimePoints`.
    #[serde(
        rename = "TimePoints",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_points: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `VolumeNums`.
    #[serde(
        rename = "VolumeNums",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_nums: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for AutoSnapshotPolicy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AutoSnapshotPolicy;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AutoSnapshotPolicy` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AutoSnapshotPolicy, A::Error> {
                let mut out = AutoSnapshotPolicy::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoSnapshotPolicyId" => {
                            out.auto_snapshot_policy_id = map.next_value()?;
                        }

                        "AutoSnapshotPolicyName" => {
                            out.auto_snapshot_policy_name = map.next_value()?;
                        }

                        "CopiedSnapshotsRetentionDays" => {
                            out.copied_snapshots_retention_days = map.next_value()?;
                        }

                        "CopyEncryptionConfiguration" => {
                            out.copy_encryption_configuration = map.next_value()?;
                        }

                        "CreationTime" => out.creation_time = map.next_value()?,
                        "DiskNums" => out.disk_nums = map.next_value()?,
                        "EnableCrossRegionCopy" => {
                            out.enable_cross_region_copy = map.next_value()?;
                        }

                        "RegionId" => out.region_id = map.next_value()?,
                        "RepeatWeekdays" => out.repeat_weekdays = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "RetentionDays" => out.retention_days = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "TargetCopyRegions" => {
                            out.target_copy_regions = map.next_value()?;
                        }

                        "TimePoints" => out.time_points = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
                        "VolumeNums" => out.volume_nums = map.next_value()?,
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

/// The `AutoSnapshotPolicies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoSnapshotPolicies {
    /// `AutoSnapshotPolicy`.
    #[serde(
        rename = "AutoSnapshotPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy: ::std::option::Option<::std::vec::Vec<AutoSnapshotPolicy>>,
}

impl<'de> ::serde::Deserialize<'de> for AutoSnapshotPolicies {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AutoSnapshotPolicies;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AutoSnapshotPolicies` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AutoSnapshotPolicies, A::Error> {
                let mut out = AutoSnapshotPolicies::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoSnapshotPolicy" => {
                            out.auto_snapshot_policy = map.next_value()?;
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

/// The response of [`Client::describe_auto_snapshot_policy_ex`](crate::Client::describe_auto_snapshot_policy_ex) (`DescribeAutoSnapshotPolicyEx`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoSnapshotPolicyExResponse {
    /// `AutoSnapshotPolicies`.
    #[serde(
        rename = "AutoSnapshotPolicies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policies: ::std::option::Option<AutoSnapshotPolicies>,
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
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeAutoSnapshotPolicyExResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAutoSnapshotPolicyExResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAutoSnapshotPolicyExResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAutoSnapshotPolicyExResponse, A::Error> {
                let mut out = DescribeAutoSnapshotPolicyExResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoSnapshotPolicies" => {
                            out.auto_snapshot_policies = map.next_value()?;
                        }

                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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

impl ::yun_core::internal::AliyunCall for DescribeAutoSnapshotPolicyExRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeAutoSnapshotPolicyEx` pages (by `PageNumber`), for [`Client::describe_auto_snapshot_policy_ex_paginator`](crate::Client::describe_auto_snapshot_policy_ex_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeAutoSnapshotPolicyExRequest {
    type Response = DescribeAutoSnapshotPolicyExResponse;
    type Item = AutoSnapshotPolicy;
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

    fn total_count(page: &DescribeAutoSnapshotPolicyExResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeAutoSnapshotPolicyExResponse) -> usize {
        page.auto_snapshot_policies
            .as_ref()
            .and_then(|x| x.auto_snapshot_policy.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeAutoSnapshotPolicyExResponse,
    ) -> ::std::vec::Vec<AutoSnapshotPolicy> {
        page.auto_snapshot_policies
            .and_then(|x| x.auto_snapshot_policy)
            .unwrap_or_default()
    }
}
