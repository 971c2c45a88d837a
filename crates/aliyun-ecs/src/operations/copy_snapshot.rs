//! `CopySnapshot`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CopySnapshot>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CopySnapshot",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
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
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationRegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationSnapshotName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationSnapshotDescription",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RetentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Encrypted",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KMSKeyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Arn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationStorageLocationArn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::copy_snapshot`](crate::Client::copy_snapshot) (`CopySnapshot`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CopySnapshotRequest {
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-chengdu`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DestinationRegionId` (query). Required.
    ///
    /// Example: `us-east-1`.
    #[serde(rename = "DestinationRegionId")]
    pub destination_region_id: ::std::string::String,
    /// `SnapshotId` (query). Required.
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `DestinationSnapshotName` (query). Required.
    ///
    /// Example: `CopySnapshotDemo`.
    #[serde(rename = "DestinationSnapshotName")]
    pub destination_snapshot_name: ::std::string::String,
    /// `DestinationSnapshotDescription` (query). Required.
    ///
    /// Example: `CopySnapshotDemo`.
    #[serde(rename = "DestinationSnapshotDescription")]
    pub destination_snapshot_description: ::std::string::String,
    /// `RetentionDays` (query).
    ///
    /// Example: `60`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i32>,
    /// `Encrypted` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `KMSKeyId` (query).
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `Arn` (query, sent as `Arn.1`, `Arn.2`, …).
    ///
    /// At most 10 items.
    #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
    /// `DestinationStorageLocationArn` (query).
    #[serde(
        rename = "DestinationStorageLocationArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_storage_location_arn: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl CopySnapshotRequest {
    /// A `CopySnapshotRequest` with its required members: `RegionId`, `DestinationRegionId`, `SnapshotId`, `DestinationSnapshotName`, `DestinationSnapshotDescription`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        destination_region_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
        destination_snapshot_name: impl ::std::convert::Into<::std::string::String>,
        destination_snapshot_description: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            region_id: region_id.into(),
            destination_region_id: destination_region_id.into(),
            snapshot_id: snapshot_id.into(),
            destination_snapshot_name: destination_snapshot_name.into(),
            destination_snapshot_description: destination_snapshot_description.into(),
            retention_days: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            arn: ::std::option::Option::None,
            destination_storage_location_arn: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
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
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RetentionDays`.
    pub fn retention_days(mut self, value: i32) -> Self {
        self.retention_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KMSKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Arn`.
    pub fn arn(mut self, value: ::std::vec::Vec<crate::models::Arn>) -> Self {
        self.arn = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DestinationStorageLocationArn`.
    pub fn destination_storage_location_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_storage_location_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CopySnapshotRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CopySnapshotRequest",
            &[
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("region_id", d::req(&self.region_id)),
                ("destination_region_id", d::req(&self.destination_region_id)),
                ("snapshot_id", d::req(&self.snapshot_id)),
                (
                    "destination_snapshot_name",
                    d::req(&self.destination_snapshot_name),
                ),
                (
                    "destination_snapshot_description",
                    d::req(&self.destination_snapshot_description),
                ),
                ("retention_days", d::opt(&self.retention_days)),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("arn", d::opt(&self.arn)),
                (
                    "destination_storage_location_arn",
                    d::opt(&self.destination_storage_location_arn),
                ),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CopySnapshotRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ResourceGroupId",
            "Tag",
            "RegionId",
            "DestinationRegionId",
            "SnapshotId",
            "DestinationSnapshotName",
            "DestinationSnapshotDescription",
            "RetentionDays",
            "Encrypted",
            "KMSKeyId",
            "Arn",
            "DestinationStorageLocationArn",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_destination_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_destination_snapshot_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_destination_snapshot_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_retention_days: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_encrypted: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_kms_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>> =
            ::std::option::Option::None;
        let mut m_destination_storage_location_arn: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_resource_group_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_region_id = r.decode()?,
                3 => m_destination_region_id = r.decode()?,
                4 => m_snapshot_id = r.decode()?,
                5 => m_destination_snapshot_name = r.decode()?,
                6 => m_destination_snapshot_description = r.decode()?,
                7 => m_retention_days = r.decode()?,
                8 => m_encrypted = r.decode()?,
                9 => m_kms_key_id = r.decode()?,
                10 => m_arn = r.decode()?,
                11 => m_destination_storage_location_arn = r.decode()?,
                12 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CopySnapshotRequest {
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            destination_region_id: m_destination_region_id
                .ok_or_else(|| r.missing("DestinationRegionId"))?,
            snapshot_id: m_snapshot_id.ok_or_else(|| r.missing("SnapshotId"))?,
            destination_snapshot_name: m_destination_snapshot_name
                .ok_or_else(|| r.missing("DestinationSnapshotName"))?,
            destination_snapshot_description: m_destination_snapshot_description
                .ok_or_else(|| r.missing("DestinationSnapshotDescription"))?,
            retention_days: m_retention_days,
            encrypted: m_encrypted,
            kms_key_id: m_kms_key_id,
            arn: m_arn,
            destination_storage_location_arn: m_destination_storage_location_arn,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::copy_snapshot`](crate::Client::copy_snapshot) (`CopySnapshot`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CopySnapshotResponse {
    /// `RequestId`.
    ///
    /// Example: `C8B26B44-0189-443E-9816-D951F596****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotId`.
    ///
    /// Example: `s-bp17441ohwka0yui****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CopySnapshotResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CopySnapshotResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CopySnapshotResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "SnapshotId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CopySnapshotResponse::default();
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
