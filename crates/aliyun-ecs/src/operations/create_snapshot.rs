//! `CreateSnapshot`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSnapshot>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateSnapshot",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RetentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageLocationArn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_snapshot`](crate::Client::create_snapshot) (`CreateSnapshot`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSnapshotRequest {
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp1s5fnvk4gn2tws0****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `SnapshotName` (query).
    ///
    /// Example: `testSnapshotName`.
    #[serde(
        rename = "SnapshotName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `RetentionDays` (query).
    ///
    /// Example: `30`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i32>,
    /// `Category` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
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
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `StorageLocationArn` (query).
    #[serde(
        rename = "StorageLocationArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_location_arn: ::std::option::Option<::std::string::String>,
}

impl CreateSnapshotRequest {
    /// A `CreateSnapshotRequest` with its required members: `DiskId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disk_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            disk_id: disk_id.into(),
            snapshot_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            retention_days: ::std::option::Option::None,
            category: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            instant_access: ::std::option::Option::None,
            instant_access_retention_days: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            storage_location_arn: ::std::option::Option::None,
        }
    }

    /// Sets `SnapshotName`.
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RetentionDays`.
    pub fn retention_days(mut self, value: i32) -> Self {
        self.retention_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for CreateSnapshotRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateSnapshotRequest",
            &[
                ("disk_id", d::req(&self.disk_id)),
                ("snapshot_name", d::opt(&self.snapshot_name)),
                ("description", d::opt(&self.description)),
                ("retention_days", d::opt(&self.retention_days)),
                ("category", d::opt(&self.category)),
                ("client_token", d::opt(&self.client_token)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("instant_access", d::opt(&self.instant_access)),
                (
                    "instant_access_retention_days",
                    d::opt(&self.instant_access_retention_days),
                ),
                ("tag", d::opt(&self.tag)),
                ("storage_location_arn", d::opt(&self.storage_location_arn)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateSnapshotRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskId",
            "SnapshotName",
            "Description",
            "RetentionDays",
            "Category",
            "ClientToken",
            "ResourceGroupId",
            "InstantAccess",
            "InstantAccessRetentionDays",
            "Tag",
            "StorageLocationArn",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_retention_days: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instant_access: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instant_access_retention_days: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_storage_location_arn: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disk_id = r.decode()?,
                1 => m_snapshot_name = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_retention_days = r.decode()?,
                4 => m_category = r.decode()?,
                5 => m_client_token = r.decode()?,
                6 => m_resource_group_id = r.decode()?,
                7 => m_instant_access = r.decode()?,
                8 => m_instant_access_retention_days = r.decode()?,
                9 => m_tag = r.decode()?,
                10 => m_storage_location_arn = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateSnapshotRequest {
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            snapshot_name: m_snapshot_name,
            description: m_description,
            retention_days: m_retention_days,
            category: m_category,
            client_token: m_client_token,
            resource_group_id: m_resource_group_id,
            instant_access: m_instant_access,
            instant_access_retention_days: m_instant_access_retention_days,
            tag: m_tag,
            storage_location_arn: m_storage_location_arn,
        })
    }
}

/// The response of [`Client::create_snapshot`](crate::Client::create_snapshot) (`CreateSnapshot`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSnapshotResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotId`.
    ///
    /// Example: `s-bp17441ohwka0yuh****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateSnapshotResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateSnapshotResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateSnapshotResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "SnapshotId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateSnapshotResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.snapshot_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
