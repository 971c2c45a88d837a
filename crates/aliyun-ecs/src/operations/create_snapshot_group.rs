//! `CreateSnapshotGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSnapshotGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateSnapshotGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstantAccess",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstantAccessRetentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageLocationArn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExcludeDiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskId",
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
        nested_required: &[],
    };

/// The request of [`Client::create_snapshot_group`](crate::Client::create_snapshot_group) (`CreateSnapshotGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSnapshotGroupRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-j6ca469urv8ei629****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstantAccess` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "InstantAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access: ::std::option::Option<bool>,
    /// `InstantAccessRetentionDays` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "InstantAccessRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access_retention_days: ::std::option::Option<i32>,
    /// `Name` (query).
    ///
    /// Example: `testName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `StorageLocationArn` (query).
    #[serde(
        rename = "StorageLocationArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_location_arn: ::std::option::Option<::std::string::String>,
    /// `ExcludeDiskId` (query, sent as `ExcludeDiskId.1`, `ExcludeDiskId.2`, …).
    ///
    /// At most 16 items.
    ///
    /// Example: `d-j6cf7l0ewidb78lq****`.
    #[serde(
        rename = "ExcludeDiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclude_disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DiskId` (query, sent as `DiskId.1`, `DiskId.2`, …).
    ///
    /// At most 16 items.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl CreateSnapshotGroupRequest {
    /// A `CreateSnapshotGroupRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            instant_access: ::std::option::Option::None,
            instant_access_retention_days: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            storage_location_arn: ::std::option::Option::None,
            exclude_disk_id: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstantAccess`.
    pub fn instant_access(mut self, value: bool) -> Self {
        self.instant_access = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstantAccessRetentionDays`.
    pub fn instant_access_retention_days(mut self, value: i32) -> Self {
        self.instant_access_retention_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageLocationArn`.
    pub fn storage_location_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_location_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExcludeDiskId`.
    pub fn exclude_disk_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.exclude_disk_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disk_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
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

impl ::std::fmt::Debug for CreateSnapshotGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateSnapshotGroupRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instant_access", d::opt(&self.instant_access)),
                (
                    "instant_access_retention_days",
                    d::opt(&self.instant_access_retention_days),
                ),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("client_token", d::opt(&self.client_token)),
                ("storage_location_arn", d::opt(&self.storage_location_arn)),
                ("exclude_disk_id", d::opt(&self.exclude_disk_id)),
                ("disk_id", d::opt(&self.disk_id)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateSnapshotGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "InstantAccess",
            "InstantAccessRetentionDays",
            "Name",
            "Description",
            "ClientToken",
            "StorageLocationArn",
            "ExcludeDiskId",
            "DiskId",
            "Tag",
            "ResourceGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instant_access: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instant_access_retention_days: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_location_arn: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_exclude_disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_instant_access = r.decode()?,
                3 => m_instant_access_retention_days = r.decode()?,
                4 => m_name = r.decode()?,
                5 => m_description = r.decode()?,
                6 => m_client_token = r.decode()?,
                7 => m_storage_location_arn = r.decode()?,
                8 => m_exclude_disk_id = r.decode()?,
                9 => m_disk_id = r.decode()?,
                10 => m_tag = r.decode()?,
                11 => m_resource_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateSnapshotGroupRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            instant_access: m_instant_access,
            instant_access_retention_days: m_instant_access_retention_days,
            name: m_name,
            description: m_description,
            client_token: m_client_token,
            storage_location_arn: m_storage_location_arn,
            exclude_disk_id: m_exclude_disk_id,
            disk_id: m_disk_id,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
        })
    }
}

/// The response of [`Client::create_snapshot_group`](crate::Client::create_snapshot_group) (`CreateSnapshotGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSnapshotGroupResponse {
    /// `RequestId`.
    ///
    /// Example: `01ABBD93-1ABB-4D92-B496-1A3D20EC0697`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotGroupId`.
    ///
    /// Example: `ssg-j6ciyh3k52qp7ovm****`.
    #[serde(
        rename = "SnapshotGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_group_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateSnapshotGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateSnapshotGroupResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_group_id", d::opt(&self.snapshot_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateSnapshotGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "SnapshotGroupId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateSnapshotGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.snapshot_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
