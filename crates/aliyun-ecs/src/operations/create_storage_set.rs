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
    };

/// The request of [`Client::create_storage_set`](crate::Client::create_storage_set) (`CreateStorageSet`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateStorageSetRequest {
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query). Required.
    #[serde(rename = "ZoneId")]
    pub zone_id: ::std::string::String,
    /// `StorageSetName` (query).
    #[serde(
        rename = "StorageSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `MaxPartitionNumber` (query).
    ///
    /// At least 2.
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

impl<'de> ::serde::Deserialize<'de> for CreateStorageSetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateStorageSetRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateStorageSetRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateStorageSetRequest, A::Error> {
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
                let mut m_max_partition_number: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ClientToken" => m_client_token = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "StorageSetName" => m_storage_set_name = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        "MaxPartitionNumber" => {
                            m_max_partition_number = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CreateStorageSetRequest {
                    client_token: m_client_token,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    zone_id: m_zone_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ZoneId")
                    })?,
                    storage_set_name: m_storage_set_name,
                    description: m_description,
                    max_partition_number: m_max_partition_number,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::create_storage_set`](crate::Client::create_storage_set) (`CreateStorageSet`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateStorageSetResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `StorageSetId`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CreateStorageSetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateStorageSetResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateStorageSetResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateStorageSetResponse, A::Error> {
                let mut out = CreateStorageSetResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "StorageSetId" => out.storage_set_id = map.next_value()?,
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
