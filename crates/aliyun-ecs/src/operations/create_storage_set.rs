//! `CreateStorageSet`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateStorageSet>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateStorageSet",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxPartitionNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_storage_set`](crate::Client::create_storage_set) (`CreateStorageSet`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateStorageSetRequest {
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
    /// `ZoneId` (query). Required.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(rename = "ZoneId")]
    pub zone_id: ::std::string::String,
    /// `StorageSetName` (query).
    ///
    /// Example: `testStorageSetName`.
    #[serde(
        rename = "StorageSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `MaxPartitionNumber` (query).
    ///
    /// At least 2.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxPartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_partition_number: ::std::option::Option<i32>,
}

impl CreateStorageSetRequest {
    /// A `CreateStorageSetRequest` with its required members: `RegionId`, `ZoneId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        zone_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            zone_id: zone_id.into(),
            storage_set_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            max_partition_number: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
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

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxPartitionNumber`.
    pub fn max_partition_number(mut self, value: i32) -> Self {
        self.max_partition_number = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateStorageSetRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateStorageSetRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::req(&self.zone_id)),
                ("storage_set_name", d::opt(&self.storage_set_name)),
                ("description", d::opt(&self.description)),
                ("max_partition_number", d::opt(&self.max_partition_number)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateStorageSetRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientToken",
            "RegionId",
            "ZoneId",
            "StorageSetName",
            "Description",
            "MaxPartitionNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_partition_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_client_token = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_zone_id = r.decode()?,
                3 => m_storage_set_name = r.decode()?,
                4 => m_description = r.decode()?,
                5 => m_max_partition_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateStorageSetRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id.ok_or_else(|| r.missing("ZoneId"))?,
            storage_set_name: m_storage_set_name,
            description: m_description,
            max_partition_number: m_max_partition_number,
        })
    }
}

/// The response of [`Client::create_storage_set`](crate::Client::create_storage_set) (`CreateStorageSet`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateStorageSetResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSetId`.
    ///
    /// Example: `ss-bp67acfmxazb4p****`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateStorageSetResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateStorageSetResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("storage_set_id", d::opt(&self.storage_set_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateStorageSetResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "StorageSetId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateStorageSetResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.storage_set_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
