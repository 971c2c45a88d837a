//! `DescribeImages`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImages>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImages",
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
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ShowExpired",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageOwnerAlias",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsSupportIoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsSupportCloudinit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OSType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Architecture",
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
                name: "Usage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActionType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsPublic",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageOwnerId",
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

/// The `Filter` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Filter {
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

impl Filter {
    /// An empty `Filter`; set members with the setters.
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

impl<'de> ::serde::Deserialize<'de> for Filter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Filter;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Filter` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Filter, A::Error> {
                let mut out = Filter::default();
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

/// The request of [`Client::describe_images`](crate::Client::describe_images) (`DescribeImages`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `ImageId` (query).
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ShowExpired` (query).
    #[serde(
        rename = "ShowExpired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_expired: ::std::option::Option<bool>,
    /// `SnapshotId` (query).
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `ImageName` (query).
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageFamily` (query).
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageOwnerAlias` (query).
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `IsSupportIoOptimized` (query).
    #[serde(
        rename = "IsSupportIoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_io_optimized: ::std::option::Option<bool>,
    /// `IsSupportCloudinit` (query).
    #[serde(
        rename = "IsSupportCloudinit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_cloudinit: ::std::option::Option<bool>,
    /// `OSType` (query).
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Architecture` (query).
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
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
    /// `Usage` (query).
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `ActionType` (query).
    #[serde(
        rename = "ActionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_type: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `Filter` (query, sent as `Filter.1`, `Filter.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Filter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter: ::std::option::Option<::std::vec::Vec<Filter>>,
    /// `IsPublic` (query).
    #[serde(
        rename = "IsPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
    /// `ImageOwnerId` (query).
    #[serde(
        rename = "ImageOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_id: ::std::option::Option<i64>,
}

impl DescribeImagesRequest {
    /// A `DescribeImagesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            status: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
            show_expired: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            image_owner_alias: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            is_support_io_optimized: ::std::option::Option::None,
            is_support_cloudinit: ::std::option::Option::None,
            os_type: ::std::option::Option::None,
            architecture: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            usage: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            action_type: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            filter: ::std::option::Option::None,
            is_public: ::std::option::Option::None,
            image_owner_id: ::std::option::Option::None,
        }
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ShowExpired`.
    pub fn show_expired(mut self, value: bool) -> Self {
        self.show_expired = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageOwnerAlias`.
    pub fn image_owner_alias(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_owner_alias = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IsSupportIoOptimized`.
    pub fn is_support_io_optimized(mut self, value: bool) -> Self {
        self.is_support_io_optimized = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IsSupportCloudinit`.
    pub fn is_support_cloudinit(mut self, value: bool) -> Self {
        self.is_support_cloudinit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `OSType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Architecture`.
    pub fn architecture(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.architecture = ::std::option::Option::Some(value.into());
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

    /// Sets `Usage`.
    pub fn usage(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.usage = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ActionType`.
    pub fn action_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action_type = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Filter`.
    pub fn filter(mut self, value: ::std::vec::Vec<Filter>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IsPublic`.
    pub fn is_public(mut self, value: bool) -> Self {
        self.is_public = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ImageOwnerId`.
    pub fn image_owner_id(mut self, value: i64) -> Self {
        self.image_owner_id = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeImagesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImagesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImagesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImagesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_status: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_show_expired: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_family: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_owner_alias: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_is_support_io_optimized: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_is_support_cloudinit: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_os_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_architecture: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_usage: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_action_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_filter: ::std::option::Option<::std::vec::Vec<Filter>> =
                    ::std::option::Option::None;
                let mut m_is_public: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_image_owner_id: ::std::option::Option<i64> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "ImageId" => m_image_id = map.next_value()?,
                        "ShowExpired" => m_show_expired = map.next_value()?,
                        "SnapshotId" => m_snapshot_id = map.next_value()?,
                        "ImageName" => m_image_name = map.next_value()?,
                        "ImageFamily" => m_image_family = map.next_value()?,
                        "ImageOwnerAlias" => m_image_owner_alias = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "IsSupportIoOptimized" => {
                            m_is_support_io_optimized = map.next_value()?;
                        }

                        "IsSupportCloudinit" => {
                            m_is_support_cloudinit = map.next_value()?;
                        }

                        "OSType" => m_os_type = map.next_value()?,
                        "Architecture" => m_architecture = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "Usage" => m_usage = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "ActionType" => m_action_type = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "Filter" => m_filter = map.next_value()?,
                        "IsPublic" => m_is_public = map.next_value()?,
                        "ImageOwnerId" => m_image_owner_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeImagesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    status: m_status,
                    image_id: m_image_id,
                    show_expired: m_show_expired,
                    snapshot_id: m_snapshot_id,
                    image_name: m_image_name,
                    image_family: m_image_family,
                    image_owner_alias: m_image_owner_alias,
                    instance_type: m_instance_type,
                    is_support_io_optimized: m_is_support_io_optimized,
                    is_support_cloudinit: m_is_support_cloudinit,
                    os_type: m_os_type,
                    architecture: m_architecture,
                    page_number: m_page_number,
                    page_size: m_page_size,
                    usage: m_usage,
                    dry_run: m_dry_run,
                    action_type: m_action_type,
                    resource_group_id: m_resource_group_id,
                    tag: m_tag,
                    filter: m_filter,
                    is_public: m_is_public,
                    image_owner_id: m_image_owner_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Images.Image.DetectionOptions.Items.Item` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Item {
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `RiskCode`.
    #[serde(
        rename = "RiskCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_code: ::std::option::Option<::std::string::String>,
    /// `RiskLevel`.
    #[serde(
        rename = "RiskLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_level: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Item {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Item;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Item` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Item, A::Error> {
                let mut out = Item::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Name" => out.name = map.next_value()?,
                        "RiskCode" => out.risk_code = map.next_value()?,
                        "RiskLevel" => out.risk_level = map.next_value()?,
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

/// The `Images.Image.DetectionOptions.Items` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Items {
    /// `Item`.
    #[serde(
        rename = "Item",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub item: ::std::option::Option<::std::vec::Vec<Item>>,
}

impl<'de> ::serde::Deserialize<'de> for Items {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Items;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Items` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Items, A::Error> {
                let mut out = Items::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Item" => out.item = map.next_value()?,
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

/// The `Images.Image.DetectionOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetectionOptions {
    /// `Items`.
    #[serde(
        rename = "Items",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items: ::std::option::Option<Items>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DetectionOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetectionOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetectionOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetectionOptions, A::Error> {
                let mut out = DetectionOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Items" => out.items = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
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

/// The `Images.Image.DiskDeviceMappings.DiskDeviceMapping` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMapping {
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `Format`.
    #[serde(
        rename = "Format",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub format: ::std::option::Option<::std::string::String>,
    /// `ImportOSSBucket`.
    #[serde(
        rename = "ImportOSSBucket",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_oss_bucket: ::std::option::Option<::std::string::String>,
    /// `ImportOSSObject`.
    #[serde(
        rename = "ImportOSSObject",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_oss_object: ::std::option::Option<::std::string::String>,
    /// `Progress`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::std::string::String>,
    /// `RemainTime`.
    #[serde(
        rename = "RemainTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remain_time: ::std::option::Option<i64>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<::std::string::String>,
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DiskDeviceMapping {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskDeviceMapping;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskDeviceMapping` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskDeviceMapping, A::Error> {
                let mut out = DiskDeviceMapping::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Device" => out.device = map.next_value()?,
                        "Format" => out.format = map.next_value()?,
                        "ImportOSSBucket" => out.import_oss_bucket = map.next_value()?,
                        "ImportOSSObject" => out.import_oss_object = map.next_value()?,
                        "Progress" => out.progress = map.next_value()?,
                        "RemainTime" => out.remain_time = map.next_value()?,
                        "Size" => out.size = map.next_value()?,
                        "SnapshotId" => out.snapshot_id = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
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

/// The `Images.Image.DiskDeviceMappings` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMappings {
    /// `DiskDeviceMapping`.
    #[serde(
        rename = "DiskDeviceMapping",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mapping: ::std::option::Option<::std::vec::Vec<DiskDeviceMapping>>,
}

impl<'de> ::serde::Deserialize<'de> for DiskDeviceMappings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskDeviceMappings;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskDeviceMappings` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskDeviceMappings, A::Error> {
                let mut out = DiskDeviceMappings::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskDeviceMapping" => {
                            out.disk_device_mapping = map.next_value()?;
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

/// The `Images.Image.Features` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Features {
    /// `NvmeSupport`.
    #[serde(
        rename = "NvmeSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nvme_support: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Features {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Features;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Features` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Features, A::Error> {
                let mut out = Features::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NvmeSupport" => out.nvme_support = map.next_value()?,
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

/// The `Images.Image.Tags.Tag` object of the response.
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

/// The `Images.Image.Tags` object of the response.
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

/// The `Images.Image` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Image {
    /// `Architecture`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `BootMode`.
    #[serde(
        rename = "BootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_mode: ::std::option::Option<::std::string::String>,
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
    /// `DetectionOptions`.
    #[serde(
        rename = "DetectionOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detection_options: ::std::option::Option<DetectionOptions>,
    /// `DiskDeviceMappings`.
    #[serde(
        rename = "DiskDeviceMappings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mappings: ::std::option::Option<DiskDeviceMappings>,
    /// `Features`.
    #[serde(
        rename = "Features",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub features: ::std::option::Option<Features>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageOwnerAlias`.
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::std::string::String>,
    /// `ImageOwnerId`.
    #[serde(
        rename = "ImageOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_id: ::std::option::Option<i64>,
    /// `ImageVersion`.
    #[serde(
        rename = "ImageVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_version: ::std::option::Option<::std::string::String>,
    /// `IsCopied`.
    #[serde(
        rename = "IsCopied",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_copied: ::std::option::Option<bool>,
    /// `IsPublic`.
    #[serde(
        rename = "IsPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
    /// `IsSelfShared`.
    #[serde(
        rename = "IsSelfShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_self_shared: ::std::option::Option<::std::string::String>,
    /// `IsSubscribed`.
    #[serde(
        rename = "IsSubscribed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_subscribed: ::std::option::Option<bool>,
    /// `IsSupportCloudinit`.
    #[serde(
        rename = "IsSupportCloudinit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_cloudinit: ::std::option::Option<bool>,
    /// `IsSupportIoOptimized`.
    #[serde(
        rename = "IsSupportIoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_io_optimized: ::std::option::Option<bool>,
    /// `LoginAsNonRootSupported`.
    #[serde(
        rename = "LoginAsNonRootSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_as_non_root_supported: ::std::option::Option<bool>,
    /// `OSName`.
    #[serde(
        rename = "OSName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `OSNameEn`.
    #[serde(
        rename = "OSNameEn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name_en: ::std::option::Option<::std::string::String>,
    /// `OSType`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Platform`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `ProductCode`.
    #[serde(
        rename = "ProductCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// `Progress`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `SupplierName`.
    #[serde(
        rename = "SupplierName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supplier_name: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
    /// `Usage`.
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Image {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Image;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Image` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Image, A::Error> {
                let mut out = Image::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Architecture" => out.architecture = map.next_value()?,
                        "BootMode" => out.boot_mode = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "DetectionOptions" => out.detection_options = map.next_value()?,
                        "DiskDeviceMappings" => {
                            out.disk_device_mappings = map.next_value()?;
                        }

                        "Features" => out.features = map.next_value()?,
                        "ImageFamily" => out.image_family = map.next_value()?,
                        "ImageId" => out.image_id = map.next_value()?,
                        "ImageName" => out.image_name = map.next_value()?,
                        "ImageOwnerAlias" => out.image_owner_alias = map.next_value()?,
                        "ImageOwnerId" => out.image_owner_id = map.next_value()?,
                        "ImageVersion" => out.image_version = map.next_value()?,
                        "IsCopied" => out.is_copied = map.next_value()?,
                        "IsPublic" => out.is_public = map.next_value()?,
                        "IsSelfShared" => out.is_self_shared = map.next_value()?,
                        "IsSubscribed" => out.is_subscribed = map.next_value()?,
                        "IsSupportCloudinit" => {
                            out.is_support_cloudinit = map.next_value()?;
                        }

                        "IsSupportIoOptimized" => {
                            out.is_support_io_optimized = map.next_value()?;
                        }

                        "LoginAsNonRootSupported" => {
                            out.login_as_non_root_supported = map.next_value()?;
                        }

                        "OSName" => out.os_name = map.next_value()?,
                        "OSNameEn" => out.os_name_en = map.next_value()?,
                        "OSType" => out.os_type = map.next_value()?,
                        "Platform" => out.platform = map.next_value()?,
                        "ProductCode" => out.product_code = map.next_value()?,
                        "Progress" => out.progress = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "Size" => out.size = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "SupplierName" => out.supplier_name = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "Usage" => out.usage = map.next_value()?,
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

/// The `Images` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Images {
    /// `Image`.
    #[serde(
        rename = "Image",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<::std::vec::Vec<Image>>,
}

impl<'de> ::serde::Deserialize<'de> for Images {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Images;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Images` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Images, A::Error> {
                let mut out = Images::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Image" => out.image = map.next_value()?,
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

/// The response of [`Client::describe_images`](crate::Client::describe_images) (`DescribeImages`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagesResponse {
    /// `Images`.
    #[serde(
        rename = "Images",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub images: ::std::option::Option<Images>,
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
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for DescribeImagesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImagesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImagesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImagesResponse, A::Error> {
                let mut out = DescribeImagesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Images" => out.images = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
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

impl ::yun_core::internal::AliyunCall for DescribeImagesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeImages` pages (by `PageNumber`), for [`Client::describe_images_paginator`](crate::Client::describe_images_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeImagesRequest {
    type Response = DescribeImagesResponse;
    type Item = Image;
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

    fn total_count(page: &DescribeImagesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeImagesResponse) -> usize {
        page.images
            .as_ref()
            .and_then(|x| x.image.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeImagesResponse) -> ::std::vec::Vec<Image> {
        page.images.and_then(|x| x.image).unwrap_or_default()
    }
}
