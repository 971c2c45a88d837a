//! `ModifyStorageCapacityUnitAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyStorageCapacityUnitAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyStorageCapacityUnitAttribute",
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
                name: "StorageCapacityUnitId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_storage_capacity_unit_attribute`](crate::Client::modify_storage_capacity_unit_attribute) (`ModifyStorageCapacityUnitAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyStorageCapacityUnitAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `StorageCapacityUnitId` (query). Required.
    ///
    /// Example: `scu-bp67acfmxazb4p****`.
    #[serde(rename = "StorageCapacityUnitId")]
    pub storage_capacity_unit_id: ::std::string::String,
    /// `Name` (query).
    ///
    /// Example: `testNewScuName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testNewScuDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl ModifyStorageCapacityUnitAttributeRequest {
    /// A `ModifyStorageCapacityUnitAttributeRequest` with its required members: `RegionId`, `StorageCapacityUnitId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        storage_capacity_unit_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            storage_capacity_unit_id: storage_capacity_unit_id.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
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
}

impl ::std::fmt::Debug for ModifyStorageCapacityUnitAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyStorageCapacityUnitAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "storage_capacity_unit_id",
                    d::req(&self.storage_capacity_unit_id),
                ),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyStorageCapacityUnitAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "StorageCapacityUnitId", "Name", "Description"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_capacity_unit_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_storage_capacity_unit_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyStorageCapacityUnitAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            storage_capacity_unit_id: m_storage_capacity_unit_id
                .ok_or_else(|| r.missing("StorageCapacityUnitId"))?,
            name: m_name,
            description: m_description,
        })
    }
}

/// The response of [`Client::modify_storage_capacity_unit_attribute`](crate::Client::modify_storage_capacity_unit_attribute) (`ModifyStorageCapacityUnitAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyStorageCapacityUnitAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyStorageCapacityUnitAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyStorageCapacityUnitAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyStorageCapacityUnitAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyStorageCapacityUnitAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
