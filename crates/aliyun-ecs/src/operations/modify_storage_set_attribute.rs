//! `ModifyStorageSetAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyStorageSetAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyStorageSetAttribute",
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
                name: "StorageSetId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_storage_set_attribute`](crate::Client::modify_storage_set_attribute) (`ModifyStorageSetAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyStorageSetAttributeRequest {
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
    /// `StorageSetId` (query). Required.
    ///
    /// Example: `ss-bp67acfmxazb4ph****`.
    #[serde(rename = "StorageSetId")]
    pub storage_set_id: ::std::string::String,
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
    /// Example: `testStorageSetDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl ModifyStorageSetAttributeRequest {
    /// A `ModifyStorageSetAttributeRequest` with its required members: `RegionId`, `StorageSetId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        storage_set_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            storage_set_id: storage_set_id.into(),
            storage_set_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
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
}

impl ::std::fmt::Debug for ModifyStorageSetAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyStorageSetAttributeRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("storage_set_id", d::req(&self.storage_set_id)),
                ("storage_set_name", d::opt(&self.storage_set_name)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyStorageSetAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientToken",
            "RegionId",
            "StorageSetId",
            "StorageSetName",
            "Description",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_client_token = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_storage_set_id = r.decode()?,
                3 => m_storage_set_name = r.decode()?,
                4 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyStorageSetAttributeRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            storage_set_id: m_storage_set_id.ok_or_else(|| r.missing("StorageSetId"))?,
            storage_set_name: m_storage_set_name,
            description: m_description,
        })
    }
}

/// The response of [`Client::modify_storage_set_attribute`](crate::Client::modify_storage_set_attribute) (`ModifyStorageSetAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyStorageSetAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `04F0F334-1335-436C-A1D7-6C044FE73369`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyStorageSetAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyStorageSetAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyStorageSetAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyStorageSetAttributeResponse::default();
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
